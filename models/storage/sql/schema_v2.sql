-- Schema version 2: the OSCAL catalog a framework was imported from or exported as (its UUID), so
-- that importing the same catalog again updates the framework and mapping collections find it.
ALTER TABLE frameworks ADD COLUMN oscal_uuid TEXT NOT NULL DEFAULT '';
