import { withAuth } from "next-auth/middleware";

// Page protection only. Server actions post to whatever page they were rendered on,
// so every action still checks the session itself.
export default withAuth({
  pages: { signIn: "/login" },
  callbacks: {
    authorized: ({ token, req }) => {
      if (req.nextUrl.pathname.startsWith("/admin")) return token?.role === "admin" || token?.role === "owner";
      return !!token;
    },
  },
});

export const config = {
  matcher: ["/dashboard/:path*", "/account/:path*", "/staff/:path*", "/admin/:path*"],
};
