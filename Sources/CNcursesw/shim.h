/* The one place tagih touches ncurses: macros and C globals wrapped as
   functions so Swift 6 can call them. */
#ifndef TAGIH_NCURSES_SHIM_H
#define TAGIH_NCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *tg_stdscr(void) { return stdscr; }
static inline int tg_lines(void) { return LINES; }
static inline int tg_cols(void) { return COLS; }
static inline int tg_colors(void) { return COLORS; }
static inline int tg_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t tg_a_normal(void) { return A_NORMAL; }
static inline attr_t tg_a_bold(void) { return A_BOLD; }
static inline attr_t tg_a_dim(void) { return A_DIM; }
static inline attr_t tg_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tg_a_reverse(void) { return A_REVERSE; }
static inline attr_t tg_a_italic(void) { return A_ITALIC; }

static inline int tg_key_resize(void) { return KEY_RESIZE; }
static inline int tg_key_f(int n) { return KEY_F(n); }
static inline int tg_key_mouse(void) { return KEY_MOUSE; }

/* Writes one grapheme (as wide characters) with a colour pair and attributes. */
static inline int tg_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

/* Allocates pairs beyond 255 through the extended call when available. */
static inline int tg_init_pair(int pair, int fg, int bg) {
    return init_extended_pair(pair, fg, bg);
}

static inline int tg_put_cell_ext(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, 0, &pair) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

/* True when the terminal can move the cursor to a position (not "dumb"). */
static inline int tg_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* Wraps newterm so Swift need not name the FILE type. */
static inline SCREEN *tg_newterm(void) { return newterm(NULL, stdout, stdin); }

/* Turns on button presses and the wheel; returns 1 when the terminal reports mouse events. */
static inline int tg_mouse_enable(void) {
    mouseinterval(0);
    mmask_t old = 0;
    mmask_t got = mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, &old);
    return got != 0;
}

/* Reads a mouse event: kind 1 = left press, 2 = wheel up, 3 = wheel down, 0 = other. */
static inline int tg_get_mouse(int *x, int *y) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return -1;
    *x = ev.x;
    *y = ev.y;
    if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (ev.bstate & BUTTON4_PRESSED) return 2;
    if (ev.bstate & BUTTON5_PRESSED) return 3;
    return 0;
}

#endif
