//! The parts organising bodies play in a seminar, as Chinese notices name
//! and rank them; the listing ([`super::seminar`]) and its translations
//! ([`super::translation`]) both hold a list of bodies per role.

/// The part an organising body plays, as Chinese notices rank them: the
/// body that holds the seminar (主办), the one that runs it (承办), those
/// that help run it (协办) and those that support it (支持).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// 主办, "Hosted by".
    Host,
    /// 承办, "Organised by".
    Organiser,
    /// 协办, "Co-organised by".
    CoOrganiser,
    /// 支持, "Supported by".
    Supporter,
    /// Not an organising role: the institutions the lecturers come from
    /// (授课单位, "Teaching institutions"), kept as a list of the same kind.
    Teaching,
}

impl Role {
    /// Every organising role, in the order a notice names them.
    pub const ALL: [Role; 4] = [
        Role::Host,
        Role::Organiser,
        Role::CoOrganiser,
        Role::Supporter,
    ];

    /// Every list of bodies a listing has: the organising roles, then the
    /// teaching institutions.
    pub const EVERY: [Role; 5] = [
        Role::Host,
        Role::Organiser,
        Role::CoOrganiser,
        Role::Supporter,
        Role::Teaching,
    ];

    /// The listing's field that holds the bodies of this role.
    pub fn field(self) -> &'static str {
        match self {
            Role::Host => "hosts",
            Role::Organiser => "organisers",
            Role::CoOrganiser => "co_organisers",
            Role::Supporter => "supporters",
            Role::Teaching => "institutions",
        }
    }
}
