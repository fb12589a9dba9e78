/**
 * Kysely table types. Each capability adds its tables here together with a
 * migration in ./migrations. Dates of legal acts are `YYYY-MM-DD` strings;
 * timestamps are ISO-8601 with offset; ids are ULIDs (mergeable across workstations).
 */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface DB {
  settings: SettingsTable;
}
