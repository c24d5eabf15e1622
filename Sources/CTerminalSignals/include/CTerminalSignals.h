#ifndef WEEKBOARD_CTERMINALSIGNALS_H
#define WEEKBOARD_CTERMINALSIGNALS_H

// Signal state for the full-screen front end, defined once in signals.c. (A static in a header
// is one copy per file that includes it: a handler could set one copy while the loop reads
// another, which is how the release build came to ignore SIGTERM.)

// Quit signals (SIGINT, SIGTERM, SIGHUP): the handler only records the signal; endwin and exit
// are not async-signal-safe, so the input loop sees it and restores the terminal itself.
// install != 0: record them, saving the old handlers; install == 0: put the old ones back.
void wb_quit_signals_handle(int install);
// The quit signal received since install, or 0.
int wb_quit_signal(void);

// Crash safety net for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE: write the
// terminal's restore sequence and the shell's tty modes back, then hand the signal on.
// op 1: save the tty modes and install (before newterm); op 2: set the restore sequence
// (after newterm); op 0: uninstall.
void wb_crash_guard(int op, const char *text);

#endif
