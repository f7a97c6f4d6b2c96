//! How a draft is written to storage: a versioned envelope, so a record from
//! an older version of the app is migrated and one from a newer version is
//! recognised and left alone.
//!
//! Version 1 stored `{"version": 1, "draft": {"id", "seminar_id", "form",
//! "updated_at"}}`, with speakers as plain names. Version 2 stores
//! `{"version": 2, "draft": Draft}`: the origin as a tagged value, speakers
//! with role, affiliation and talk, and a revision counter for tabs.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::drafts::draft::{Draft, DraftOrigin, SeminarForm};
use crate::drafts::messages::{DraftMessage, DraftMsg};
use crate::drafts::serde_words::error_words;
use crate::i18n::message::Message;

/// The envelope version this app writes.
pub const DRAFT_RECORD_VERSION: u64 = 2;

/// What a stored value turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    /// A record of the current version.
    Current(Draft),
    /// A record of an older version, brought up to date in memory. It is
    /// written back in the current version on the next save.
    Migrated {
        /// The draft as it reads now.
        draft: Draft,
        /// The version it was stored in.
        from: u64,
    },
    /// A record of a newer version: shown read-only, never overwritten.
    Future {
        /// The version it declares.
        version: u64,
    },
    /// Not a record this app can read: kept untouched.
    Corrupt {
        /// What is wrong with it.
        reason: DraftMessage,
    },
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    version: u64,
    draft: &'a Draft,
}

#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    version: u64,
    #[serde(borrow)]
    draft: &'a RawValue,
}

#[derive(Deserialize)]
struct DraftV1 {
    id: String,
    #[serde(default)]
    seminar_id: Option<String>,
    /// The same fields as now; speakers were names, which
    /// the speaker reader takes too.
    form: SeminarForm,
    #[serde(default)]
    updated_at: f64,
}

impl From<DraftV1> for Draft {
    fn from(old: DraftV1) -> Self {
        let form = old.form;
        Draft {
            id: old.id,
            origin: match old.seminar_id {
                Some(seminar_id) => DraftOrigin::Edit { seminar_id },
                None => DraftOrigin::New,
            },
            form,
            saved_at: old.updated_at,
            ..Draft::default()
        }
    }
}

/// Writes a draft in the current envelope.
pub fn encode(draft: &Draft) -> String {
    serde_json::to_string(&EnvelopeOut {
        version: DRAFT_RECORD_VERSION,
        draft,
    })
    // Serialising plain structs of strings and numbers cannot fail; an empty
    // record would read back as corrupt rather than as a draft.
    .unwrap_or_default()
}

/// Reads a stored value.
pub fn decode(raw: &str) -> Decoded {
    let envelope: EnvelopeIn = match serde_json::from_str(raw) {
        Ok(envelope) => envelope,
        Err(e) => {
            return Decoded::Corrupt {
                reason: Message::draft(DraftMsg::RecordNotJson)
                    .with_said("problem", error_words(&e)),
            }
        }
    };
    let corrupt = |e: serde_json::Error| Decoded::Corrupt {
        reason: Message::draft(DraftMsg::RecordDamaged)
            .with("version", envelope.version)
            .with_said("problem", error_words(&e)),
    };
    match envelope.version {
        DRAFT_RECORD_VERSION => match serde_json::from_str::<Draft>(envelope.draft.get()) {
            Ok(draft) => Decoded::Current(draft),
            Err(e) => corrupt(e),
        },
        1 => match serde_json::from_str::<DraftV1>(envelope.draft.get()) {
            Ok(old) => Decoded::Migrated {
                draft: old.into(),
                from: 1,
            },
            Err(e) => corrupt(e),
        },
        v if v > DRAFT_RECORD_VERSION => Decoded::Future { version: v },
        v => Decoded::Corrupt {
            reason: Message::draft(DraftMsg::RecordUnknownVersion).with("version", v),
        },
    }
}
