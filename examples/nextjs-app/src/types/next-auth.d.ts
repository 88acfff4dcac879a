import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      role: "USER" | "ADMIN";
      teamId: string | null;
    } & DefaultSession["user"];
  }

  interface User {
    role: "USER" | "ADMIN";
    teamId: string | null;
  }
}
