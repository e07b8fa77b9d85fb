/** The stored answer of a yes/no question's "Not sure" (offered when the item has `notSure: true`). */
export const NOT_SURE = "not_sure";
