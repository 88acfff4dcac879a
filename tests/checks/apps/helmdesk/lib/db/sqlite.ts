import Database from "better-sqlite3";

// Edge-of-app cache for the chat widget sessions
export const widgetDb = new Database(process.env.WIDGET_DB_PATH ?? "widget.sqlite");
