#ifndef WORKLIST_CNCURSES_SHIM_H
#define WORKLIST_CNCURSES_SHIM_H
// Without these two, wget_wch, cchar_t, setcchar and friends are not declared (DESIGN.md §4).
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

// `import Glibc` hides wcwidth (it needs _XOPEN_SOURCE); declare it again.
extern int wcwidth(wchar_t c);

// Globals and macros that Swift 6 cannot import (mutable C globals are not
// concurrency-safe, function-like macros are not imported): wrap each one.

static inline WINDOW *wl_stdscr(void) { return stdscr; }
static inline WINDOW *wl_curscr(void) { return curscr; }
static inline int wl_lines(void) { return LINES; }
static inline int wl_cols(void) { return COLS; }
static inline int wl_colors(void) { return COLORS; }
static inline int wl_color_pairs(void) { return COLOR_PAIRS; }

static inline FILE *wl_stdin(void) { return stdin; }
static inline FILE *wl_stdout(void) { return stdout; }

static inline attr_t wl_a_normal(void) { return A_NORMAL; }
static inline attr_t wl_a_bold(void) { return A_BOLD; }
static inline attr_t wl_a_reverse(void) { return A_REVERSE; }
static inline attr_t wl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t wl_a_dim(void) { return A_DIM; }
static inline attr_t wl_a_color(void) { return A_COLOR; }

static inline int wl_key_f(int n) { return KEY_F(n); }

static inline mmask_t wl_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t wl_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t wl_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t wl_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t wl_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

// One mouse event: returns OK and fills the cell and button state, or ERR.
static inline int wl_getmouse(int *x, int *y, mmask_t *bstate) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    *bstate = event.bstate;
    return OK;
}

static inline void wl_getmaxyx(WINDOW *win, int *rows, int *columns) {
    int y, x;
    getmaxyx(win, y, x);
    *rows = y;
    *columns = x;
}

// 1 when the current terminal can address the cursor (`dumb` cannot):
// tigetstr answers NULL when absent and (char *)-1 when not a string capability.
static inline int wl_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

// The codeset of the current LC_CTYPE locale, e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *wl_codeset(void) { return nl_langinfo(CODESET); }

// The real size of the terminal behind a file descriptor (0 on success), for resume
// after a stop, when a resize may have happened while ncurses was not listening.
static inline int wl_window_size(int fd, int *rows, int *columns) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *columns = ws.ws_col;
    return 0;
}

#endif
