import "server-only";

export async function sendPush(userId: string, title: string, body: string) {
  await fetch(`${process.env.PUSH_SERVICE_URL}/send`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PUSH_SERVICE_KEY}` },
    body: JSON.stringify({ userId, title, body }),
  });
}
