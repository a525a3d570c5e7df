/**
 * e^x · K_ν(x), the exponentially scaled modified Bessel function of the second kind, from
 * K_ν(x) = ∫₀^∞ exp(−x cosh t) cosh(νt) dt. The integrand is analytic and decays doubly
 * exponentially, so the trapezoid rule converges to machine precision. Written here because
 * no maintained npm package provides K_ν for fractional ν (stdlib has only integer orders).
 */
export function besselKScaled(nu: number, x: number): number {
  const h = 1 / 32;
  let sum = 0.5;
  for (let i = 1; ; i++) {
    const t = i * h;
    const e = x * (Math.cosh(t) - 1);
    const term = Math.exp(-e) * Math.cosh(nu * t);
    sum += term;
    if (term < 1e-18 * sum) break;
  }
  return sum * h;
}
