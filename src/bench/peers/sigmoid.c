/* Peer timings for `npm run bench`: sigmoid 1/(1+exp(-h)) with Arb balls and with MPFR, at a given number of
 * decimal digits. Usage: sigmoid DIGITS H; prints "arb <us per op> <midpoint>" and "mpfr <us per op> <value>". */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <arb.h>
#include <mpfr.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc != 3) { fprintf(stderr, "usage: sigmoid DIGITS H\n"); return 2; }
  long digits = atol(argv[1]);
  slong prec = (slong)(digits * 3.3219280948873623) + 16;
  arb_t h, y; arb_init(h); arb_init(y);
  arb_set_str(h, argv[2], prec);
  long n = 0; double start = now(), elapsed = 0;
  while (elapsed < 0.3) {
    for (int k = 0; k < 64; k++) { arb_neg(y, h); arb_exp(y, y, prec); arb_add_ui(y, y, 1, prec); arb_inv(y, y, prec); }
    n += 64; elapsed = now() - start;
  }
  printf("arb %.6f ", 1e6 * elapsed / n);
  arb_printn(y, digits, ARB_STR_NO_RADIUS); printf("\n");
  mpfr_t m, r; mpfr_init2(m, prec); mpfr_init2(r, prec);
  mpfr_set_str(m, argv[2], 10, MPFR_RNDN);
  n = 0; start = now(); elapsed = 0;
  while (elapsed < 0.3) {
    for (int k = 0; k < 64; k++) { mpfr_neg(r, m, MPFR_RNDN); mpfr_exp(r, r, MPFR_RNDN); mpfr_add_ui(r, r, 1, MPFR_RNDN); mpfr_ui_div(r, 1, r, MPFR_RNDN); }
    n += 64; elapsed = now() - start;
  }
  printf("mpfr %.6f ", 1e6 * elapsed / n);
  mpfr_out_str(stdout, 10, digits, r, MPFR_RNDN); printf("\n");
  arb_clear(h); arb_clear(y); mpfr_clear(m); mpfr_clear(r); flint_cleanup();
  return 0;
}
