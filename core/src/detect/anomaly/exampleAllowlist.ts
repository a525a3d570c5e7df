/**
 * Values that vendors publish as documentation examples or test fixtures. Matching them is
 * not a leak; users add their own with `OutputScanner({ allowlist })`.
 *
 * @example
 * EXAMPLE_ALLOWLIST.includes("AKIAIOSFODNN7EXAMPLE") // true
 */
export const EXAMPLE_ALLOWLIST: readonly string[] = [
  // AWS documentation example credentials.
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
  // Card-network and payment-processor test cards.
  "4111111111111111",
  "4242424242424242",
  "4012888888881881",
  "5555555555554444",
  "5105105105105100",
  "378282246310005",
  "371449635398431",
  "6011111111111117",
  "3530111333300000",
  // IBAN examples from ISO 13616 and bank documentation.
  "GB82WEST12345698765432",
  "DE89370400440532013000",
  // SSNs the SSA has voided after they were published.
  "078051120",
  "219099999",
  // The JWT from the jwt.io debugger.
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
];

/**
 * Canonical form for allowlist comparison: separators removed, case kept for keys.
 *
 * @example
 * allowKey("4111 1111-1111 1111") // "4111111111111111"
 */
export function allowKey(value: string): string {
  return value.replace(/[\s-]/g, "");
}
