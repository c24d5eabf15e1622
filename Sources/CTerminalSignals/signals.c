#include "CTerminalSignals.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t quit_signal = 0;
static const int quit_signals[3] = { SIGINT, SIGTERM, SIGHUP };
static struct sigaction saved_quit[3];

static void on_quit_signal(int sig) { quit_signal = sig; }

void wb_quit_signals_handle(int install) {
    if (install) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_quit_signal;
        sigemptyset(&sa.sa_mask);
        // No SA_RESTART: the signal also interrupts the blocking read in wget_wch at once.
        sa.sa_flags = 0;
        quit_signal = 0;
        for (int i = 0; i < 3; i++) sigaction(quit_signals[i], &sa, &saved_quit[i]);
    } else {
        for (int i = 0; i < 3; i++) sigaction(quit_signals[i], &saved_quit[i], NULL);
    }
}

int wb_quit_signal(void) { return quit_signal; }

static const int crash_signals[6] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
static struct sigaction saved_crash[6];
static struct termios saved_tty;
static int have_tty = 0;
static char restore_seq[512];
static size_t restore_len = 0;
static int crash_installed = 0;

static void uninstall_crash(void) {
    for (int i = 0; i < 6; i++) sigaction(crash_signals[i], &saved_crash[i], NULL);
    crash_installed = 0;
}

// Only async-signal-safe calls (write, tcsetattr, sigaction, raise) run here.
static void on_crash(int sig) {
    if (!crash_installed) return;
    uninstall_crash();
    if (restore_len > 0 && write(STDOUT_FILENO, restore_seq, restore_len) < 0) { /* nothing more to try */ }
    if (have_tty) tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
    raise(sig);  // delivered to the previous handler once this one returns
}

void wb_crash_guard(int op, const char *text) {
    if (op == 1) {
        have_tty = tcgetattr(STDIN_FILENO, &saved_tty) == 0;
        restore_len = 0;
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_crash;
        sigemptyset(&sa.sa_mask);
        for (int i = 0; i < 6; i++) sigaction(crash_signals[i], &sa, &saved_crash[i]);
        crash_installed = 1;
    } else if (op == 2) {
        size_t n = text ? strlen(text) : 0;
        if (n >= sizeof restore_seq) n = sizeof restore_seq - 1;
        memcpy(restore_seq, text, n);
        restore_len = n;
    } else if (crash_installed) {
        uninstall_crash();
    }
}
