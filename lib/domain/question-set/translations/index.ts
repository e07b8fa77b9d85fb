export * from "./languages-schema";
export * from "./source-hash";
export * from "./text-keys";
export * from "./status";
export * from "./edit-translations";
export * from "./patient-language";
export * from "./translation-layer";
export * from "./language-name";
