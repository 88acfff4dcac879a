import "server-only";
import { Client, Account, Users } from "node-appwrite";
import { cookies } from "next/headers";

export const APPWRITE_SESSION_COOKIE = "a_session_quayside_crew";

function baseClient() {
  return new Client()
    .setEndpoint(process.env.APPWRITE_ENDPOINT!)
    .setProject(process.env.APPWRITE_PROJECT_ID!);
}

/** Client acting as the signed-in crew member (dock hand app). */
export async function createSessionClient() {
  const session = (await cookies()).get(APPWRITE_SESSION_COOKIE);
  if (!session?.value) throw new Error("No crew session");
  const client = baseClient().setSession(session.value);
  return {
    get account() {
      return new Account(client);
    },
  };
}

/** Privileged client (API key) for server-side user management. */
export function createAdminClient() {
  const client = baseClient().setKey(process.env.APPWRITE_API_KEY!);
  return {
    get account() {
      return new Account(client);
    },
    get users() {
      return new Users(client);
    },
  };
}

/** The crew member's Appwrite account, or null when there is no valid session. */
export async function getCrewUser() {
  try {
    const { account } = await createSessionClient();
    return await account.get();
  } catch {
    return null;
  }
}
