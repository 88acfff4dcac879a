import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Staff dashboard pages only; the patient area uses Supabase and the insurer portal its own cookie.
const isStaffPage = createRouteMatcher(["/practice(.*)", "/group(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isStaffPage(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico)).*)", "/(api|trpc)(.*)"],
};
