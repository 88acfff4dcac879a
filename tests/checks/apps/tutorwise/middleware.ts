import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Clerk guards the developer portal pages; the rest of the app authenticates inside handlers/actions.
const isDevPortal = createRouteMatcher(["/developers(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isDevPortal(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|.*\\..*).*)", "/(api|trpc)(.*)"],
};
