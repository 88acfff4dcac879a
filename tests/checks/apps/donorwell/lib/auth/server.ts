import "server-only";
import { betterAuth } from "better-auth";
import { organization } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { nextCookies } from "better-auth/next-js";
import { pool } from "@/lib/db/pool";

const ac = createAccessControl({
  donation: ["record", "defer", "view"],
  appointment: ["book", "move", "cancel"],
  centre: ["settings", "staff"],
});

export const centreManager = ac.newRole({ donation: ["record", "defer", "view"], appointment: ["book", "move", "cancel"], centre: ["settings", "staff"] });
export const nurse = ac.newRole({ donation: ["record", "defer", "view"], appointment: ["move"] });
export const phlebotomist = ac.newRole({ donation: ["record", "view"] });
export const receptionist = ac.newRole({ appointment: ["book", "move", "cancel"] });

export const auth = betterAuth({
  database: pool,
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  user: { additionalFields: { nationalAdmin: { type: "boolean", defaultValue: false, input: false } } },
  plugins: [
    organization({
      ac,
      roles: { manager: centreManager, nurse, phlebotomist, receptionist },
      allowUserToCreateOrganization: false,
    }),
    nextCookies(),
  ],
});

export type Session = typeof auth.$Infer.Session;
