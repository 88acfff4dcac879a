import { auth } from "~/auth";

// Page gate for signed-in areas. Server actions can be posted to any path, so this
// protects no action and no route handler outside the matcher.
export default auth((req) => {
  const signedIn = Boolean(req.auth?.user);
  if (!signedIn && !req.nextUrl.pathname.startsWith("/login")) {
    return Response.redirect(new URL("/login", req.nextUrl.origin));
  }
});

export const config = {
  matcher: ["/notes/:path*", "/settings/:path*", "/workspace/:path*", "/admin/:path*"],
};
