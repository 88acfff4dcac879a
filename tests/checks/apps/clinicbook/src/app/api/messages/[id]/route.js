import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/mongodb";
import Message from "@/models/Message";

// ok: missing-auth
export async function GET(request, { params }) {
  const session = await getServerSession(authOptions);
  if (!session) return new NextResponse("Unauthorized", { status: 401 });
  await dbConnect();
  // ruleid: missing-authorization
  const message = await Message.findById(params.id);
  if (!message) return new NextResponse("Not found", { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(message);
}

// ok: missing-auth
export async function DELETE(request, { params }) {
  const session = await getServerSession(authOptions);
  if (!session) return new NextResponse("Unauthorized", { status: 401 });
  await dbConnect();
  const message = await Message.findById(params.id).select("toId");
  if (!message || String(message.toId) !== session.user.id) {
    return new NextResponse("Not found", { status: 404 });
  }
  // ok: missing-authorization -- loaded and compared with the session user first
  await Message.deleteOne({ _id: params.id });
  return new NextResponse(null, { status: 204 });
}
