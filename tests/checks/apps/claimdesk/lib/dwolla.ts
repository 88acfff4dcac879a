// eslint-disable-next-line @typescript-eslint/no-require-imports
import { Client } from "dwolla-v2";

export const dwolla = new Client({
  key: process.env.DWOLLA_KEY!,
  secret: process.env.DWOLLA_SECRET!,
  environment: process.env.NODE_ENV === "production" ? "production" : "sandbox",
});
