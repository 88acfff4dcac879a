export { auth as middleware } from "@/auth";

// Protects studio/staff pages only; server actions and /api routes do their own checks.
export const config = {
  matcher: ["/studio/:path*", "/staff/:path*", "/account/:path*"],
};
