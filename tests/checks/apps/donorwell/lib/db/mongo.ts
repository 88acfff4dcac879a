import "server-only";
import mongoose from "mongoose";

let conn: Promise<typeof mongoose> | null = null;

export function connectMongo() {
  if (!conn) conn = mongoose.connect(process.env.MONGODB_URI!, { dbName: "donorwell" });
  return conn;
}
