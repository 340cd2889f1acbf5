/* wtp legacy client: TeaVM's output lowered to ES5. The few ES2015 built-ins TeaVM's runtime uses without asking
   (Symbol, Map, WeakMap) are shadowed inside this file only, by the engine's own where it has them. */
(function (Symbol, Map, WeakMap) {
%BUNDLE%
}(typeof Symbol === 'function' ? Symbol : (function () {
  var seq = 0;
  return function LegacySymbol(description) {
    return '@@wtp.' + description + '.' + (++seq) + '.' + Math.random();
  };
}()), typeof Map === 'function' ? Map : LegacyMap(), typeof WeakMap === 'function' ? WeakMap : LegacyMap()));

/* A map for engines without one: objects keep their value in a hidden property of their own (so it is also weak),
   other values in a dictionary by type and value. get, set, has and delete only: all TeaVM's runtime calls. */
function LegacyMap() {
  var seq = 0;
  function Map() {
    this.id = '__wtpMap' + (++seq) + '_' + Math.random().toString(36).slice(2);
    this.values = {};
  }
  function isObject(key) {
    return key !== null && (typeof key === 'object' || typeof key === 'function');
  }
  function slot(map, key, create) {
    if (isObject(key)) {
      if (!Object.prototype.hasOwnProperty.call(key, map.id)) {
        if (!create) {
          return null;
        }
        Object.defineProperty(key, map.id, {value: {}, writable: true, configurable: true, enumerable: false});
      }
      return key[map.id];
    }
    var name = typeof key + ':' + String(key);
    if (!Object.prototype.hasOwnProperty.call(map.values, name)) {
      if (!create) {
        return null;
      }
      map.values[name] = {};
    }
    return map.values[name];
  }
  Map.prototype.get = function (key) {
    var box = slot(this, key, false);
    return box && box.set ? box.value : undefined;
  };
  Map.prototype.has = function (key) {
    var box = slot(this, key, false);
    return !!(box && box.set);
  };
  Map.prototype.set = function (key, value) {
    var box = slot(this, key, true);
    box.set = true;
    box.value = value;
    return this;
  };
  Map.prototype['delete'] = function (key) {
    var box = slot(this, key, false);
    var had = !!(box && box.set);
    if (box) {
      box.set = false;
      box.value = undefined;
    }
    return had;
  };
  return Map;
}

if (!Array.prototype.fill) {
  Object.defineProperty(Array.prototype, 'fill', {configurable: true, writable: true, value: function (value) {
    for (var index = 0; index < this.length; index++) {
      this[index] = value;
    }
    return this;
  }});
}
