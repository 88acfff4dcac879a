// Barrel: server code imports auth helpers from "@/lib/auth".
export { verifySession, getCurrentUser } from "./dal";
export { requireUser, requireAdmin, getSessionUser } from "./session";
export { validateRequest, lucia } from "./lucia";
export { isOrganiserMember, assertOrganiserRole, canManageEvent, isPlatformAdmin } from "./permissions";
export { authOptions } from "./next-auth";
