/* Peer timings for `npm run bench`: the squared loss of a sigmoid neuron and its gradient with Arb balls, the same
 * data as src/bench/ball-peers.ts: x_ij = ((i(j+3) + j) mod 13 - 6)/(j+2), t_i = (i+1)/(n+2),
 * w_j = (-1)^j (j+1)/(4(d+1)); per point h = w.x, e = exp(-h), s = 1/(1+e), c = e s, r = (1-t) s - t c,
 * loss += r^2/2, g += r s c x. Times are process CPU time. Usage: gradient DIGITS H; prints
 *   "sigmoid <us per op> <midpoint>" for 1/(1+exp(-H)),
 *   "lossgrad<d> <us per point> <loss midpoint> <largest gradient width>" for d = 1 and d = 8 (n = 1000), and
 *   "box2 <us per enclosure> <largest gradient width>" for the 2-D example over the box w + [0, 1/100]^2. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <arb.h>

/* process CPU time, as the project's side measures (so that other work on a shared machine does not skew the ratio) */
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + 1e-9 * t.tv_nsec;
}

static void set_q(arb_t x, long num, long den, slong prec) { arb_set_si(x, num); arb_div_si(x, x, den, prec); }

/* loss and gradient over n points of dimension d; x is n*d, t is n */
static void lossgrad(arb_t loss, arb_ptr g, arb_srcptr w, arb_srcptr x, arb_srcptr t, long n, long d, slong prec) {
  arb_t h, e, s, c, r, u, coef;
  arb_init(h); arb_init(e); arb_init(s); arb_init(c); arb_init(r); arb_init(u); arb_init(coef);
  arb_zero(loss);
  for (long j = 0; j < d; j++) arb_zero(g + j);
  for (long i = 0; i < n; i++) {
    arb_zero(h);
    for (long j = 0; j < d; j++) arb_addmul(h, w + j, x + i * d + j, prec);
    arb_neg(e, h); arb_exp(e, e, prec);
    arb_add_ui(s, e, 1, prec); arb_inv(s, s, prec);
    arb_mul(c, e, s, prec);
    arb_sub_ui(u, t + i, 1, prec); arb_neg(u, u); arb_mul(r, u, s, prec); arb_submul(r, t + i, c, prec);
    arb_mul(u, r, r, prec); arb_mul_2exp_si(u, u, -1); arb_add(loss, loss, u, prec);
    arb_mul(coef, s, c, prec); arb_mul(coef, coef, r, prec);
    for (long j = 0; j < d; j++) arb_addmul(g + j, coef, x + i * d + j, prec);
  }
  arb_clear(h); arb_clear(e); arb_clear(s); arb_clear(c); arb_clear(r); arb_clear(u); arb_clear(coef);
}

static double width(arb_srcptr g, long d) {
  double worst = 0;
  for (long j = 0; j < d; j++) { double r = 2 * mag_get_d(arb_radref(g + j)); if (r > worst) worst = r; }
  return worst;
}

int main(int argc, char **argv) {
  if (argc != 3) { fprintf(stderr, "usage: gradient DIGITS H\n"); return 2; }
  long digits = atol(argv[1]);
  slong prec = (slong)(digits * 3.3219280948873623) + 16;
  {
    arb_t h, y; arb_init(h); arb_init(y);
    arb_set_str(h, argv[2], prec);
    long n = 0; double start = now(), elapsed = 0;
    while (elapsed < 0.3) {
      for (int k = 0; k < 64; k++) { arb_neg(y, h); arb_exp(y, y, prec); arb_add_ui(y, y, 1, prec); arb_inv(y, y, prec); }
      n += 64; elapsed = now() - start;
    }
    printf("sigmoid %.6f ", 1e6 * elapsed / n);
    arb_printn(y, digits, ARB_STR_NO_RADIUS); printf("\n");
    arb_clear(h); arb_clear(y);
  }
  if (digits > 100) { flint_cleanup(); return 0; }
  long dims[2] = {1, 8};
  for (int k = 0; k < 2; k++) {
    long d = dims[k], n = 1000;
    arb_ptr x = _arb_vec_init(n * d), t = _arb_vec_init(n), w = _arb_vec_init(d), g = _arb_vec_init(d);
    arb_t loss; arb_init(loss);
    for (long i = 0; i < n; i++) {
      for (long j = 0; j < d; j++) set_q(x + i * d + j, (i * (j + 3) + j) % 13 - 6, j + 2, prec);
      set_q(t + i, i + 1, n + 2, prec);
    }
    for (long j = 0; j < d; j++) set_q(w + j, (j % 2 ? -1 : 1) * (j + 1), 4 * (d + 1), prec);
    long runs = 0; double start = now(), elapsed = 0;
    while (elapsed < 0.3) { lossgrad(loss, g, w, x, t, n, d, prec); runs++; elapsed = now() - start; }
    printf("lossgrad%ld %.6f ", d, 1e6 * elapsed / (runs * n));
    arb_printn(loss, 30, ARB_STR_NO_RADIUS);
    printf(" %.3e\n", width(g, d));
    _arb_vec_clear(x, n * d); _arb_vec_clear(t, n); _arb_vec_clear(w, d); _arb_vec_clear(g, d); arb_clear(loss);
  }
  {
    /* the 2-D example: points (1,0):1/3, (0,1):3/4, (1,1):1/2, (1,-1):2/5; box w = (-2/5, 1/2) + [0, 1/100]^2 */
    long xs[8] = {1, 0, 0, 1, 1, 1, 1, -1}, tn[4] = {1, 3, 1, 2}, td[4] = {3, 4, 2, 5};
    arb_ptr x = _arb_vec_init(8), t = _arb_vec_init(4), w = _arb_vec_init(2), g = _arb_vec_init(2);
    arb_t loss, half; arb_init(loss); arb_init(half);
    for (int i = 0; i < 8; i++) arb_set_si(x + i, xs[i]);
    for (int i = 0; i < 4; i++) set_q(t + i, tn[i], td[i], prec);
    set_q(half, 1, 200, prec);
    set_q(w, -2, 5, prec); set_q(w + 1, 1, 2, prec);
    for (int j = 0; j < 2; j++) { arb_add(w + j, w + j, half, prec); arb_add_error(w + j, half); }
    long runs = 0; double start = now(), elapsed = 0;
    while (elapsed < 0.3) { lossgrad(loss, g, w, x, t, 4, 2, prec); runs++; elapsed = now() - start; }
    printf("box2 %.6f %.3e\n", 1e6 * elapsed / runs, width(g, 2));
    _arb_vec_clear(x, 8); _arb_vec_clear(t, 4); _arb_vec_clear(w, 2); _arb_vec_clear(g, 2); arb_clear(loss); arb_clear(half);
  }
  flint_cleanup();
  return 0;
}
