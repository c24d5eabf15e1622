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
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
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

// Locale: the process's locale from the environment; true when its codeset is UTF-8.
static inline void wb_setlocale_from_environment(void) { setlocale(LC_ALL, ""); }
static inline int wb_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
}

// Put a line-drawing character from the terminal's alternate character set, for a locale that
// cannot show Unicode box drawing. which: 0 ─, 1 │, 2 ┌, 3 ┐, 4 └, 5 ┘, 6 ├, 7 ┤, 8 ┬, 9 ┴, 10 ┼.
static inline int wb_put_acs(WINDOW *w, int y, int x, int which, attr_t attrs, short pair) {
    chtype c;
    switch (which) {
    case 0: c = ACS_HLINE; break;
    case 1: c = ACS_VLINE; break;
    case 2: c = ACS_ULCORNER; break;
    case 3: c = ACS_URCORNER; break;
    case 4: c = ACS_LLCORNER; break;
    case 5: c = ACS_LRCORNER; break;
    case 6: c = ACS_LTEE; break;
    case 7: c = ACS_RTEE; break;
    case 8: c = ACS_TTEE; break;
    case 9: c = ACS_BTEE; break;
    default: c = ACS_PLUS; break;
    }
    return mvwaddch(w, y, x, c | attrs | COLOR_PAIR(pair));
}

// The terminal's (libc's) idea of a character's width; glibc hides wcwidth without _XOPEN_SOURCE.
extern int wcwidth(wchar_t c);
static inline int wb_wcwidth(wchar_t c) { return wcwidth(c); }

// Can this terminal type run a full-screen program? Reads terminfo only (nothing is written):
// known, not generic (dumb), not hardcopy, and able to move the cursor. Declared here rather
// than including <term.h>, whose many macros would leak into Swift.
struct term;
extern int setupterm(const char *term, int fd, int *errret);
extern struct term *set_curterm(struct term *t);
extern int del_curterm(struct term *t);
static inline int wb_terminal_usable(const char *term) {
    int err = 0;
    if (setupterm(term, 1, &err) != OK) return 0;
    const char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (const char *)-1 && tigetflag("gn") <= 0 && tigetflag("hc") <= 0;
    del_curterm(set_curterm(NULL));
    return usable;
}

// newterm on the process's own stdout/stdin (the stdio globals are not safe to touch from
// Swift 6). Returns NULL, without writing anything, when the terminal type is unknown.
static inline SCREEN *wb_newterm(const char *term) { return newterm(term, stdout, stdin); }

// A new pseudo-terminal: returns the master fd and writes the slave's path (for tests that
// read what the front end sends). glibc hides these without _XOPEN_SOURCE.
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);
static inline int wb_open_pty(char *slave_path, size_t size) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY);
    if (fd < 0) return -1;
    const char *name = (grantpt(fd) == 0 && unlockpt(fd) == 0) ? ptsname(fd) : NULL;
    if (name == NULL || strlen(name) >= size) { close(fd); return -1; }
    strcpy(slave_path, name);
    return fd;
}

// newterm on other file descriptors (tests drive a pseudo-terminal with it).
static inline SCREEN *wb_newterm_fds(const char *term, int out_fd, int in_fd) {
    FILE *out = fdopen(out_fd, "w");
    FILE *in = fdopen(in_fd, "r");
    if (out == NULL || in == NULL) return NULL;
    return newterm(term, out, in);
}

// A terminfo string capability, or NULL when the terminal lacks it.
static inline const char *wb_tigetstr(const char *cap) {
    const char *s = tigetstr(cap);
    return (s == NULL || s == (const char *)-1) ? NULL : s;
}

#endif
