import { RPCHandler } from "@orpc/server/fetch";
import { router } from "@/lib/orpc/router";

const handler = new RPCHandler(router);

async function handleRequest(request: Request) {
  const { response } = await handler.handle(request, {
    prefix: "/api/rpc",
    context: { headers: request.headers },
  });
  return response ?? new Response("Not found", { status: 404 });
}

// ok: missing-auth, missing-input-validation
export const GET = handleRequest;
// ok: missing-auth, missing-input-validation
export const POST = handleRequest;
