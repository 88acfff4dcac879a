import { authenticator } from "otplib";

export function verifySync(code: string, secret: string) {
  return authenticator.check(code, secret);
}

export function newTotpSecret() {
  return authenticator.generateSecret();
}
