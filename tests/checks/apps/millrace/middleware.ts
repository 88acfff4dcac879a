import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Pages only; kiosk, webhooks and cron bring their own secrets.
const isProtectedRoute = createRouteMatcher(["/dashboard(.*)", "/staff(.*)", "/trustees(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isProtectedRoute(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico)).*)", "/(api|trpc)(.*)"],
};
