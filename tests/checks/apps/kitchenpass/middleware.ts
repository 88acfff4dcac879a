import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

const isSupplierPortal = createRouteMatcher(["/suppliers(.*)", "/menus(.*)"]);

export default clerkMiddleware(async (auth, req) => {
  if (isSupplierPortal(req)) await auth.protect();
});

export const config = {
  matcher: ["/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)", "/(api|trpc)(.*)"],
};
