-- Appends one audit event linked into the hash chain, in a single round trip. The caller sends the event's
-- canonical JSON (lib/domain/staff-security/audit-chain.ts) and the hash is SHA-256(previous hash || that JSON),
-- exactly as before, so existing chains still verify. The advisory lock serialises writers until commit; taking
-- it here rather than from the application means it is held for one statement plus the commit, not for several
-- round trips. A VOLATILE plpgsql function reads with a fresh snapshot per statement, so the SELECT after the
-- lock sees the event the previous holder committed, and seq (drawn by the INSERT) follows the lock order.
CREATE OR REPLACE FUNCTION "append_audit_event"(
  p_id TEXT,
  p_at TIMESTAMP(3),
  p_origin TEXT,
  p_actor_id TEXT,
  p_actor_email TEXT,
  p_actor_role TEXT,
  p_action TEXT,
  p_entity_type TEXT,
  p_entity_id TEXT,
  p_details JSONB,
  p_canonical_content TEXT
) RETURNS TEXT
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  previous TEXT;
  linked TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock(4242017);
  SELECT "hash" INTO previous FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1;
  linked := encode(sha256(convert_to(coalesce(previous, '') || p_canonical_content, 'UTF8')), 'hex');
  INSERT INTO "AuditEvent" ("id", "at", "origin", "prevHash", "hash", "actorId", "actorEmail", "actorRole",
                            "action", "entityType", "entityId", "details")
  VALUES (p_id, p_at, p_origin, previous, linked, p_actor_id, p_actor_email, p_actor_role,
          p_action, p_entity_type, p_entity_id, p_details);
  RETURN linked;
END;
$$;
