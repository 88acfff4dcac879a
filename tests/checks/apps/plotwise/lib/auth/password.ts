import { hash, verify } from "@node-rs/argon2";

const ARGON_OPTS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON_OPTS);
}

export async function verifyPasswordHash(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
