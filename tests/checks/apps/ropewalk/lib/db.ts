import mongoose from "mongoose";

const MONGODB_URI = process.env.MONGODB_URI!;

if (!MONGODB_URI) {
  throw new Error("Please define the MONGODB_URI environment variable");
}

type Cached = { conn: typeof mongoose | null; promise: Promise<typeof mongoose> | null };

// eslint-disable-next-line no-var
declare global { var mongooseCache: Cached | undefined; }

const cached: Cached = global.mongooseCache ?? (global.mongooseCache = { conn: null, promise: null });

export default async function dbConnect() {
  if (cached.conn) return cached.conn;
  if (!cached.promise) {
    cached.promise = mongoose.connect(MONGODB_URI, { bufferCommands: false });
  }
  try {
    cached.conn = await cached.promise;
  } catch (e) {
    cached.promise = null;
    throw e;
  }
  return cached.conn;
}
