import { Auth0Client } from "@auth0/nextjs-auth0/server";

// The client portal (customers of our customers) signs in through Auth0.
export const auth0 = new Auth0Client({
  authorizationParameters: { scope: "openid profile email" },
});
