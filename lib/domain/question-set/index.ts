export * from "./definition-schema";
export * from "./answer-schema";
export * from "./conditions";
export * from "./text";
export * from "./answers-input";
export * from "./roles";
