//! Classes: `__build_class__`, `type(name, bases, dict)`, C3 MRO, layout
//! selection for subclasses of builtins, `__slots__`, `__init_subclass__`,
//! `__set_name__`, and the implicit classmethod/staticmethod wrapping of
//! `__init_subclass__`, `__class_getitem__` and `__new__`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::str::as_str;
use crate::object::typeobj::{next_type_version, tflags};
use crate::object::*;

use super::eval::FrameExit;
use super::frame::Frame;
use super::Vm;

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = as_str(&pos[1]).ok_or_else(|| type_error("__build_class__: name is not a string"))?.to_string();
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    let (bases, resolved) = resolve_mro_entries(vm, &orig_bases)?;
    let mut meta = None;
    let mut kw_names = Vec::new();
    let mut kw_vals = Vec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw_names.push(vm.name(k));
            kw_vals.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => vm.type_of(b),
            None => t().type_.clone(),
        },
    };
    // The most derived metaclass among the bases.
    let mut winner = meta.clone();
    if winner.downcast::<TypeData>().is_some() {
        for b in &bases {
            let bm = vm.type_of(b);
            if vm.is_subtype(&bm, &winner) {
                winner = bm;
            } else if !vm.is_subtype(&winner, &bm) {
                return Err(type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
            }
        }
    }
    let ns = match vm.getattr_opt(&winner, "__prepare__")? {
        Some(prep) if winner.downcast::<TypeData>().is_some() && prep.downcast::<BuiltinData>().is_none() => {
            let bt = vm.tuple(bases.clone());
            let mut a = vec![vm.str(name.as_str()), bt];
            a.extend(kw_vals.iter().cloned());
            vm.call_kw(&prep, &a, &kw_names)?
        }
        _ => vm.dict(),
    };
    let cell = vm.run_class_body(&func, &ns)?;
    if resolved {
        let ob = vm.tuple(orig_bases);
        let key = vm.str("__orig_bases__");
        vm.setitem(&ns, key, ob)?;
    }
    let bt = vm.tuple(bases);
    let mut a = vec![vm.str(name.as_str()), bt, ns];
    a.extend(kw_vals);
    let cls = vm.call_kw(&winner, &a, &kw_names)?;
    if let Some(c) = cell.downcast::<CellData>() {
        c.0.set(Some(cls.clone()));
    }
    Ok(cls)
}

/// PEP 560: bases that are not classes but have `__mro_entries__` are
/// replaced by what it returns; the flag says whether any was.
fn resolve_mro_entries(vm: &mut Vm, orig: &[Value]) -> PyResult<(Vec<Value>, bool)> {
    let mut bases = Vec::with_capacity(orig.len());
    let mut resolved = false;
    for b in orig {
        if b.downcast::<TypeData>().is_none() {
            if let Some(hook) = vm.getattr_opt(b, "__mro_entries__")? {
                let all = vm.tuple(orig.to_vec());
                let got = vm.call(&hook, &[all])?;
                let items = got.downcast::<TupleData>().ok_or_else(|| type_error("__mro_entries__ must return a tuple"))?;
                bases.extend(items.0.iter().cloned());
                resolved = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    Ok((bases, resolved))
}

impl Vm {
    fn run_class_body(&mut self, func: &Value, ns: &Value) -> PyResult<Value> {
        let fd = func.downcast::<FunctionData>().ok_or_else(|| type_error("__build_class__: func must be a function"))?;
        let code = fd.code.clone();
        let n = code.nlocals() + code.ncells();
        let mut frame = Frame {
            globals: fd.globals.clone(),
            builtins: fd.builtins.clone(),
            locals: Some(ns.clone()),
            fast: vec![None; n],
            stack: Vec::with_capacity(code.stacksize as usize),
            ip: 0,
            lasti: 0,
            func: Some(func.clone()),
            code: code.clone(),
        };
        let nl = code.nlocals();
        for i in 0..code.cellvars.len() {
            frame.fast[nl + i] = Some(self.cell(None));
        }
        if let Some(cl) = fd.closure.as_ref().and_then(|c| c.downcast::<TupleData>()) {
            for (i, c) in cl.0.iter().enumerate() {
                frame.fast[nl + code.cellvars.len() + i] = Some(c.clone());
            }
        }
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(type_error("class body cannot yield")),
        }
    }

    /// `type(name, bases, ns)` for metatype `meta` (the work of `type.__new__`).
    pub fn new_class(&mut self, meta: &Value, name: &str, bases: Vec<Value>, ns: &Value) -> PyResult<Value> {
        let r = t();
        let bases = if bases.is_empty() { vec![r.object.clone()] } else { bases };
        for b in &bases {
            match b.downcast::<TypeData>() {
                Some(td) if td.has_flag(tflags::BASETYPE) => {}
                Some(td) => return Err(type_error(format!("type '{}' is not an acceptable base type", td.name()))),
                None => return Err(type_error("bases must be types")),
            }
        }
        // The solid base: the one whose layout is not plain `object`.
        let mut solid = r.object.clone();
        for b in &bases {
            let bk = b.downcast::<TypeData>().expect("type").kind;
            let sk = solid.downcast::<TypeData>().expect("type").kind;
            if bk != Kind::Object {
                if sk != Kind::Object && sk != bk {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
                if sk == Kind::Object || self.is_subtype(b, &solid) {
                    solid = b.clone();
                }
            }
        }
        let mro = self.c3_mro(&bases, name)?;
        let sd = solid.downcast::<TypeData>().expect("type");
        // __slots__
        let nsd = ns.downcast::<DictData>().ok_or_else(|| type_error("type.__new__() argument 3 must be dict"))?;
        let mut slot_names: Vec<Rc<str>> = Vec::new();
        for b in mro.iter().skip(1).rev() {
            for s in b.downcast::<TypeData>().expect("type").slot_names.borrow().iter() {
                if !slot_names.contains(s) {
                    slot_names.push(s.clone());
                }
            }
        }
        let inherited_dict = mro.iter().skip(1).any(|b| b.downcast::<TypeData>().is_some_and(|t| t.has_dict));
        let mut own_slots = Vec::new();
        let has_dict = match nsd.get_str("__slots__") {
            None => true,
            Some(sl) => {
                let items = if as_str(&sl).is_some() { vec![sl.clone()] } else { self.collect(&sl)? };
                let mut wants_dict = false;
                for it in items {
                    let s = as_str(&it).ok_or_else(|| type_error("__slots__ items must be strings"))?.to_string();
                    if s == "__dict__" {
                        wants_dict = true;
                        continue;
                    }
                    let mangled: Rc<str> = if s.starts_with("__") && !s.ends_with("__") { Rc::from(format!("_{}{}", name.trim_start_matches('_'), s)) } else { Rc::from(s) };
                    own_slots.push(mangled.clone());
                    slot_names.push(mangled);
                }
                wants_dict || inherited_dict
            }
        };
        let mut flags = tflags::HEAPTYPE | tflags::BASETYPE;
        if mro.iter().any(|m| m.is(&r.base_exception)) {
            flags |= tflags::EXCEPTION;
        }
        let dict = self.dict();
        let dd = dict.downcast::<DictData>().expect("dict");
        for (k, v) in nsd.items() {
            if as_str(&k) == Some("__classcell__") {
                continue;
            }
            let v = match as_str(&k) {
                Some("__init_subclass__") | Some("__class_getitem__") if v.downcast::<FunctionData>().is_some() => alloc(&r.classmethod, NativeData::ClassMethod(ValueCell::new(Some(v))), None),
                Some("__new__") if v.downcast::<FunctionData>().is_some() => alloc(&r.staticmethod, NativeData::StaticMethod(ValueCell::new(Some(v))), None),
                _ => v,
            };
            dd.set_item(self, k, v)?;
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        if dd.get_str("__eq__").is_some() && dd.get_str("__hash__").is_none() {
            dd.set_str(self.name("__hash__"), self.none());
        }
        let qualname: Rc<str> = match dd.get_str("__qualname__") {
            Some(q) => {
                dd.del_str("__qualname__");
                Rc::from(as_str(&q).ok_or_else(|| type_error("type __qualname__ must be a str"))?)
            }
            None => Rc::from(name),
        };
        if dd.get_str("__module__").is_none() {
            let g = self.current_globals();
            if let Some(m) = g.downcast::<DictData>().and_then(|g| g.get_str("__name__")) {
                dd.set_str(self.name("__module__"), m);
            }
        }
        if dd.get_str("__doc__").is_none() {
            dd.set_str(self.name("__doc__"), self.none());
        }
        let td = TypeData {
            name: RefCell::new(Rc::from(name)),
            qualname: RefCell::new(qualname),
            kind: sd.kind,
            ext_offset: sd.sub_ext_offset,
            slot_names: RefCell::new(slot_names.clone()),
            has_dict,
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict,
            flags: Cell::new(flags),
            version: Cell::new(next_type_version()),
            has_finalizer: Cell::new(false),
            dealloc: sd.dealloc_ext,
            dealloc_ext: sd.dealloc_ext,
            sub_ext_offset: sd.sub_ext_offset,
            traverse: sd.traverse,
            subclasses: RefCell::new(Vec::new()),
        };
        let cls = alloc(meta, td, None);
        crate::object::typeobj::bump_type_epoch();
        let ctd = cls.downcast::<TypeData>().expect("type");
        let mut full_mro = vec![cls.clone()];
        full_mro.extend(mro.into_iter().skip(1));
        *ctd.mro.borrow_mut() = full_mro;
        for s in own_slots {
            let index = slot_names.iter().position(|n| *n == s).expect("slot listed");
            let m = alloc(&r.member_descriptor, NativeData::Member { name: s.clone(), index, owner: Rc::from(name) }, None);
            ctd.dict.downcast::<DictData>().expect("dict").set_str(self.name(&s), m);
        }
        self.update_type_flags(&cls);
        for b in &bases {
            if let Some(btd) = b.downcast::<TypeData>() {
                btd.subclasses.borrow_mut().push(cls.raw() as usize);
            }
        }
        // __set_name__
        for (k, v) in ctd.dict.downcast::<DictData>().expect("dict").items() {
            if let Some(sn) = self.lookup_special(&v, "__set_name__") {
                self.call(&sn, &[cls.clone(), k])?;
            }
        }
        Ok(cls)
    }

    /// Runs `super(cls).__init_subclass__(**kw)` for a new class.
    pub fn init_subclass(&mut self, cls: &Value, kwnames: &[Value], kwvals: &[Value]) -> PyResult<()> {
        let mro = cls.downcast::<TypeData>().expect("type").mro.borrow().clone();
        for b in mro.iter().skip(1) {
            let bd = b.downcast::<TypeData>().expect("type");
            if let Some(f) = bd.dict.downcast::<DictData>().and_then(|d| d.get_str("__init_subclass__")) {
                let bound = self.descr_get(f, None, cls)?;
                self.call_kw(&bound, kwvals, kwnames)?;
                return Ok(());
            }
        }
        Ok(())
    }

    /// C3 linearization of a new class with `bases` (the class itself excluded
    /// from the result's first position: index 0 is a placeholder).
    fn c3_mro(&mut self, bases: &[Value], name: &str) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| b.downcast::<TypeData>().expect("type").mro.borrow().clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = vec![t().none.clone()];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut cand = None;
            for s in &seqs {
                let head = &s[0];
                if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(head))) {
                    cand = Some(head.clone());
                    break;
                }
            }
            let Some(c) = cand else {
                let names: Vec<String> = bases.iter().map(|b| b.downcast::<TypeData>().expect("type").name().to_string()).collect();
                let _ = name;
                return Err(type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "))));
            };
            for s in seqs.iter_mut() {
                if s[0].is(&c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }
}
