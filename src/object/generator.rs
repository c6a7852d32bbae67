//! Generator objects: a suspended frame plus its running state.

use std::cell::{Cell, RefCell};

use super::header::{Kind, ObjData, ValueCell};
use super::value::Value;
use crate::vm::frame::Frame;

/// The body of generator objects.
pub struct GeneratorData {
    /// The suspended frame; `None` once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    /// Whether the frame is executing right now (re-entry is a ValueError).
    pub running: Cell<bool>,
    /// Whether it has started (sending non-None before start is a TypeError).
    pub started: Cell<bool>,
    /// `__name__`.
    pub name: ValueCell,
    /// `__qualname__`.
    pub qualname: ValueCell,
}

impl ObjData for GeneratorData {
    const KIND: Kind = Kind::Generator;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = f.as_ref() {
                f.traverse(visit);
            }
        }
    }
}
