import mongoose from "mongoose";

let conn: Promise<typeof mongoose> | null = null;
export function connectMongo() {
  conn ??= mongoose.connect(process.env.MONGODB_URI!);
  return conn;
}
