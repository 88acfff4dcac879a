import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Protects the farm dashboards and the admin console pages. Webhooks, cron, public pages and the
// legacy pages/api area are left out on purpose (they have their own checks... mostly).
const isProtected = createRouteMatcher(["/farm(.*)", "/admin(.*)", "/account(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isProtected(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)", "/(api|trpc)(.*)"],
};
