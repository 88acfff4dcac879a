import mongoose from "mongoose";

let connecting: Promise<typeof mongoose> | null = null;

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return mongoose;
  connecting ??= mongoose.connect(process.env.MONGODB_URI!, { dbName: "auction" });
  return connecting;
}
