import type { MemberRole } from "@/lib/dal";

const RANK: Record<MemberRole, number> = { CUSTOMER: 0, MEMBER: 1, LEAD: 2, TREASURER: 3, ADMIN: 4 };

export function hasRole(role: MemberRole, min: MemberRole) {
  return RANK[role] >= RANK[min];
}

export function isTreasurerOrAdmin(role: MemberRole) {
  return role === "TREASURER" || role === "ADMIN";
}
