\\ Peer timings for `npm run bench` with PARI/GP. The caller defines P7, N19 and SCANPRIMES before this file.
\\ Prints "name microseconds-per-op check" per operation; checks let the caller confirm both sides agree.
benchOp(name, f, check) = my(n = 0, t0 = getabstime(), el = 0); f(); while(el < 300, f(); n++; el = getabstime() - t0); printf("%s %.4f %s\n", name, 1000. * el / n, Str(check));
degs(F) = vecsort(vector(#F~, i, poldegree(F[i, 1])));
positiveRoots(P) = my(R = polrootsreal(P)); [r | r <- R, r > 0];
benchOp("factor7", () -> factor(P7), degs(factor(P7)));
benchOp("factor19", () -> factor(N19), degs(factor(N19)));
default(realprecision, 50);
benchOp("isolate19", () -> polrootsreal(N19), #polrootsreal(N19));
benchOp("analysis19", () -> my(F = factor(N19), c = polsturm(N19, [0, +oo]), R = positiveRoots(N19)); [F, c, R], polsturm(N19, [0, +oo]));
scan() = my(total = 0); forprime(p = 2, SCANPRIMES, if(pollead(X200) % p && poldegree(gcd(Mod(1, p) * X200, Mod(1, p) * X200')) == 0, total += vecsum(factormod(X200, p, 1)[, 2]))); total;
my(t0 = getabstime(), c = scan()); printf("%s %.1f %s\n", "scan200", 1000. * (getabstime() - t0), Str(c));
quit;
