import { handler } from "@/lib/handlers/partner-export";

export { handler as GET, handler as POST };
