import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates the SQL migrations from the schema; the bot applies them at start (db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
