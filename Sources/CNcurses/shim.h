#ifndef WEEKBOARD_CNCURSES_SHIM_H
#define WEEKBOARD_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here,
// before <curses.h> decides what to declare.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals Swift cannot import (or cannot import safely under strict
// concurrency) are reached through these small inline functions.
static inline WINDOW *wb_stdscr(void) { return stdscr; }
static inline int wb_lines(void) { return LINES; }
static inline int wb_cols(void) { return COLS; }
static inline int wb_colors(void) { return COLORS; }
static inline int wb_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t wb_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t wb_a_bold(void) { return A_BOLD; }
static inline attr_t wb_a_reverse(void) { return A_REVERSE; }
static inline attr_t wb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t wb_a_dim(void) { return A_DIM; }
static inline attr_t wb_a_normal(void) { return A_NORMAL; }
static inline chtype wb_acs_hline(void) { return ACS_HLINE; }
static inline chtype wb_acs_vline(void) { return ACS_VLINE; }
static inline chtype wb_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype wb_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype wb_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype wb_acs_lrcorner(void) { return ACS_LRCORNER; }
static inline int wb_key_resize(void) { return KEY_RESIZE; }
static inline int wb_key_mouse(void) { return KEY_MOUSE; }
static inline int wb_err(void) { return ERR; }
static inline int wb_ok(void) { return OK; }
static inline mmask_t wb_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t wb_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t wb_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t wb_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

// Put one wide-character string with attributes and a colour pair at (y, x).
static inline int wb_put_wide(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &cc);
}

#endif
