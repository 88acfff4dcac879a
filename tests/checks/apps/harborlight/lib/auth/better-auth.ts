import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { organization, admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";

const statement = {
  berth: ["create", "update", "delete"],
  booking: ["approve", "cancel"],
  invoice: ["read", "refund"],
  member: ["invite", "update", "remove"],
} as const;

export const ac = createAccessControl(statement);
export const harbourMaster = ac.newRole({
  berth: ["create", "update", "delete"],
  booking: ["approve", "cancel"],
  invoice: ["read"],
  member: ["invite", "update", "remove"],
});
export const dockHand = ac.newRole({ booking: ["approve"] });
export const accountant = ac.newRole({ invoice: ["read", "refund"] });

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "sqlite" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  plugins: [
    organization({ ac, roles: { "harbour-master": harbourMaster, "dock-hand": dockHand, accountant } }),
    admin(),
    nextCookies(),
  ],
});

export type StaffSession = typeof auth.$Infer.Session;
