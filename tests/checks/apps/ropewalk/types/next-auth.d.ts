import type { DefaultSession } from "next-auth";

export type AppRole = "member" | "front_desk" | "setter" | "head_setter" | "gym_manager" | "owner" | "admin";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: AppRole; homeGymId?: string | null } & DefaultSession["user"];
  }
  interface User {
    role?: AppRole;
    homeGymId?: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: AppRole;
    homeGymId?: string | null;
  }
}
